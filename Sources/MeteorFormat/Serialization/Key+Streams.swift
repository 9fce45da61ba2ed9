extension Key {
    /// Whether the key is spelled like a cursor move (`ns`, `ctx`): a bare `ns=prod` token
    /// moves the cursor in a token stream and is refused in a meteor stream, so serializers
    /// write such a key with its address prefix (`app:k8s:ns=prod`), which always stores.
    var isCursorWord: Bool { flat == "ns" || flat == "ctx" }
}

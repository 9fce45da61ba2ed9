/// Where the store file is when `--store` is not given.
///
/// `$METEOR_STORE`, else `$XDG_DATA_HOME/meteor/store.meteor`, else
/// `$HOME/.local/share/meteor/store.meteor`. The file and its folder are created on the first
/// write.
public enum StoreLocation {
    /// Resolves the store path.
    ///
    /// - Parameters:
    ///   - flag: The `--store` value, if given.
    ///   - environment: The process environment.
    /// - Returns: The path.
    /// - Throws: A usage failure when nothing says where the store is.
    public static func resolve(flag: String?, environment: [String: String])
        throws(CommandFailure) -> String
    {
        if let flag, !flag.isEmpty { return flag }
        if let path = environment["METEOR_STORE"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return "\(data)/meteor/store.meteor"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return "\(home)/.local/share/meteor/store.meteor"
        }
        throw .usage(
            "cannot tell where the store is: neither --store, METEOR_STORE, XDG_DATA_HOME "
                + "nor HOME is set",
            hint: "pass --store PATH or set METEOR_STORE")
    }
}

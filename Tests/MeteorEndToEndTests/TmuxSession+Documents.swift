import Foundation

extension TmuxSession {
    /// The document the end-to-end tests open: two keys in `app:ui` and a multi-line value in
    /// `doc:guide`, so the tree has a closed namespace to search into.
    static let sampleDocument = """
        # meteor v1
        app:ui:theme=dark
        app:ui:font=mono
        doc:guide:sections[10_intro]="# Intro\\nWelcome.\\n"

        """

    /// A new session with `sampleDocument` written to `name` in its folder.
    ///
    /// - Parameter name: The document's file name; the status bar shows it.
    /// - Returns: The session and the document's path.
    /// - Throws: When tmux's folder or the file cannot be made.
    static func withDocument(_ name: String = "notes.meteor") throws -> (TmuxSession, String) {
        let session = try TmuxSession()
        let file = session.path(name)
        try Data(sampleDocument.utf8).write(to: URL(fileURLWithPath: file))
        return (session, file)
    }

    /// A file's text, as the app saved it.
    ///
    /// - Parameter file: The path.
    /// - Returns: The file decoded as UTF-8.
    /// - Throws: When the file cannot be read.
    func contents(_ file: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
    }
}

import Foundation
import MeteorTUI

/// A private temporary folder (`meteor-edit-XXXXXX`, mode 0700) holding the file an editor
/// works on, and the swap or backup files it makes beside it.
struct EditFolder {
    /// The folder's path.
    let path: String

    /// Creates a new folder with a unique name.
    ///
    /// - Parameter parent: Where to create it (the temporary directory).
    /// - Throws: A message naming the parent and the reason.
    init(in parent: String) throws(ExternalEditorError) {
        var template = Array("\(parent)/meteor-edit-XXXXXX".utf8CString)
        let created = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }
        guard let created else {
            throw ExternalEditorError(
                "cannot create a temporary folder in \(parent): \(String(cString: strerror(errno)))"
            )
        }
        path = created
    }

    /// Writes the text to a file of the folder, readable only by its owner.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - name: The file name hint; characters other than letters, digits, `.` and `-` become
    ///     `_`.
    /// - Returns: The file's path.
    /// - Throws: A message naming the file.
    func write(_ text: String, name: String) throws(ExternalEditorError) -> String {
        let safe = String(
            name.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
        let file = "\(path)/\(safe.isEmpty ? "value.txt" : safe)"
        guard
            FileManager.default.createFile(
                atPath: file, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
        else {
            throw ExternalEditorError("cannot write the temporary file \(file)")
        }
        return file
    }

    /// Reads a file of the folder back as UTF-8 text.
    ///
    /// - Parameter file: The file's path.
    /// - Returns: Its text.
    /// - Throws: A message when the file is gone or not UTF-8.
    func read(_ file: String) throws(ExternalEditorError) -> String {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ExternalEditorError("the edited file \(file) is gone")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ExternalEditorError("the edited file is not UTF-8 text")
        }
        return text
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

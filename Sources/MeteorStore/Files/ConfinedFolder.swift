import Glibc

/// A folder whose inside is walked one component at a time, never through a link.
///
/// Each component is opened with `openat(O_NOFOLLOW)`, so no symbolic link below the
/// folder is ever followed, not even one planted between a check and a write. The folder
/// itself is opened by the name the user gave (a link there is theirs).
struct ConfinedFolder {
    /// The folder.
    let path: String

    /// Opens the folder that holds `relative`, creating missing folders when asked.
    ///
    /// - Parameters:
    ///   - relative: A path below the folder, checked with ``StorePath/isInside(_:)``.
    ///   - creating: Whether to create missing folders on the way.
    /// - Returns: The open parent folder (the caller closes it) and the file's name; nil
    ///   when a folder on the way is missing and `creating` is off.
    /// - Throws: ``DiagnosticKind/ioError`` for a link or a file where a folder should be,
    ///   and when opening or creating a folder fails.
    func openParent(of relative: String, creating: Bool) throws(MeteorError)
        -> (fd: Int32, name: String)?
    {
        var components = relative.split(separator: "/").map(String.init)
        guard let name = components.popLast() else {
            throw MeteorError(.pathOutsideFolder, "an empty path names no file in `\(path)`")
        }
        var fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT, !creating { return nil }
            throw POSIXError.io("open folder `\(path)`", at: path)
        }
        var walked = path
        for component in components where component != "." {
            walked = StorePath.join(walked, component)
            let flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC
            var next = openat(fd, component, flags)
            if next < 0, errno == ENOENT, creating {
                if mkdirat(fd, component, 0o777) != 0, errno != EEXIST {
                    let code = errno
                    close(fd)
                    throw POSIXError.io("create folder `\(walked)`", at: walked, code: code)
                }
                next = openat(fd, component, flags)
            }
            if next < 0 {
                let code = errno
                defer { close(fd) }
                if code == ENOENT, !creating { return nil }
                if code == ELOOP || code == ENOTDIR {
                    throw notAFolder(walked, isLink: Self.isLink(component, in: fd))
                }
                throw POSIXError.io("open folder `\(walked)`", at: walked, code: code)
            }
            close(fd)
            fd = next
        }
        return (fd, name)
    }

    /// Whether `name` in the open folder `fd` is a symbolic link.
    private static func isLink(_ name: String, in fd: Int32) -> Bool {
        var info = stat()
        return fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) == 0
            && (info.st_mode & S_IFMT) == S_IFLNK
    }

    private func notAFolder(_ walked: String, isLink: Bool) -> MeteorError {
        MeteorError(
            .ioError,
            isLink
                ? "`\(walked)` is a symbolic link; exports never write through one"
                : "`\(walked)` is a file where the export needs a folder",
            at: .whole(walked),
            hint: "remove it, or export to another folder")
    }
}

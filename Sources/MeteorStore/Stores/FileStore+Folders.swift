import Glibc

/// Export folders: files written and removed below a folder without following any
/// symbolic link there (see ``ConfinedFolder``).
extension FileStore {
    /// Replaces a file inside a folder by temporary file + rename, never through a link.
    ///
    /// The temporary file is created with `O_EXCL | O_NOFOLLOW` beside the target and
    /// fsynced; the rename replaces whatever is at the target's name (a planted link
    /// included, whose target is untouched); then the folder is fsynced. An existing
    /// regular file's permission bits are kept.
    ///
    /// - Parameters:
    ///   - bytes: The content.
    ///   - relative: The path below `folder`.
    ///   - folder: The folder.
    /// - Throws: ``DiagnosticKind/ioError`` (a link where a folder should be included) or
    ///   ``DiagnosticKind/pathOutsideFolder``.
    public func replace(_ bytes: [UInt8], at relative: String, inside folder: String)
        throws(MeteorError)
    {
        try StorePath.checkInside(relative, folder: folder)
        try createDirectory(folder)
        let shown = StorePath.join(folder, relative)
        guard
            let (directory, name) = try ConfinedFolder(path: folder).openParent(
                of: relative, creating: true)
        else { throw POSIXError.io("open the folder of `\(shown)`", at: shown, code: ENOENT) }
        defer { close(directory) }
        var mode: mode_t = 0o666
        var existing = stat()
        if fstatat(directory, name, &existing, AT_SYMLINK_NOFOLLOW) == 0,
            (existing.st_mode & S_IFMT) == S_IFREG
        {
            mode = existing.st_mode & 0o7777
        }
        let temporary =
            StorePath.temporaryPrefix(for: name)
            + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = openat(
            directory, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else {
            throw POSIXError.io("create a temporary file next to `\(shown)`", at: shown)
        }
        var renamed = false
        defer {
            if !renamed { unlinkat(directory, temporary, 0) }
        }
        do throws(MeteorError) {
            try writer.writeAll(bytes, to: fd, path: shown)
            guard fsync(fd) == 0 else { throw POSIXError.io("flush `\(shown)` to disk", at: shown) }
        } catch {
            close(fd)
            throw error
        }
        guard close(fd) == 0 else { throw POSIXError.io("close the new `\(shown)`", at: shown) }
        guard renameat(directory, temporary, directory, name) == 0 else {
            throw POSIXError.io("rename the new file over `\(shown)`", at: shown)
        }
        renamed = true
        if fsync(directory) != 0, errno != EINVAL {
            throw POSIXError.io("flush the folder of `\(shown)` to disk", at: shown)
        }
    }

    /// Removes a regular file inside a folder when it still holds the expected content;
    /// a link (at the file or on the way to it) is never followed and never removed.
    ///
    /// - Parameters:
    ///   - relative: The path below `folder`.
    ///   - folder: The folder.
    ///   - sha256: The hash the file must have.
    /// - Returns: What happened.
    /// - Throws: ``DiagnosticKind/ioError`` when the file cannot be read or removed.
    public func remove(_ relative: String, inside folder: String, ifSHA256 sha256: String)
        throws(MeteorError) -> FileRemoval
    {
        guard StorePath.isInside(relative) else { return .kept }
        let shown = StorePath.join(folder, relative)
        let parent: (fd: Int32, name: String)?
        do {
            parent = try ConfinedFolder(path: folder).openParent(of: relative, creating: false)
        } catch {
            return .kept
        }
        guard let (directory, name) = parent else { return .absent }
        defer { close(directory) }
        let fd = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return .absent }
            if errno == ELOOP { return .kept }
            throw POSIXError.io("open `\(shown)`", at: shown)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .kept }
        let bytes = try Self.readAll(fd, sizeHint: Int(info.st_size), path: shown)
        guard SHA256Hex.of(bytes) == sha256 else { return .kept }
        guard unlinkat(directory, name, 0) == 0 else {
            if errno == ENOENT { return .absent }
            throw POSIXError.io("remove `\(shown)`", at: shown)
        }
        return .removed
    }

    /// Where a path leads with every link followed (`realpath(3)`).
    ///
    /// - Parameter path: The path.
    /// - Returns: The absolute resolved path, or nil when it does not exist.
    public func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

import Foundation
import MeteorStore
import MeteorTUI
import MeteorTUIStore

/// The 1M-entry document on disk, and one app opened on it, both made on first use so a
/// filtered run builds only what it measures.
final class TUIFixture {
    /// How the entries are spread over contexts and namespaces.
    enum Layout: String {
        /// 10 contexts × 100 namespaces × 1,000 keys, the layout of `store.load.1m`.
        case spread
        /// Every key in `ctx0:ns0`: the worst case for anything that scans a namespace.
        case oneNamespace = "one-namespace"
    }

    /// Entries in the document.
    let count: Int
    /// How they are spread.
    let layout: Layout
    /// The terminal size of every TUI workload.
    static let size = Size(width: 120, height: 40)

    init(count: Int, layout: Layout = .spread) {
        self.count = count
        self.layout = layout
    }

    /// The document's path; written once, streamed line by line (no engine is built for it,
    /// so the setup does not inflate the workloads' peak memory).
    lazy var path: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("meteor-bench-tui-\(count)-\(layout.rawValue).meteor").path
        Self.writeDocument(count: count, layout: layout, to: path)
        return path
    }()

    /// The limits of the document: more than the default profile's contexts.
    static var limits: Limits {
        var limits = Limits.active
        limits.contexts = .max
        return limits
    }

    /// An app opened on the document through the same launcher as `meteor tui`.
    lazy var app: App<InMemoryTerminal> = {
        Memory.resetPeak()
        defer { appPeakBytes = Memory.peakBytes }
        let terminal = InMemoryTerminal(size: Self.size, keepsAllFrames: false)
        terminal.enter()
        guard
            let app = try? StoreTUILauncher.makeApp(
                path: path, store: FileStore(), backend: terminal, editor: NoEditor(),
                engine: MeteorEngine(limits: Self.limits))
        else { fatalError("cannot open \(path)") }
        app.draw()
        return app
    }()

    /// The peak RSS from before the app was opened to its first frame.
    private(set) var appPeakBytes = 0

    /// The same rows as plain strings, for the keystroke baseline.
    lazy var labels: [String] = (0..<count).map { "key\($0)" }

    /// Writes `ctx{c}:ns{n}:key{i}=value number {i} with some text` for every entry, grouped
    /// by context and namespace as a saved document is.
    static func writeDocument(count: Int, layout: Layout, to path: String) {
        // createFile truncates an old copy; the handle then streams the lines.
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let output = FileHandle(forWritingAtPath: path)
        else { fatalError("cannot write \(path)") }
        defer { try? output.close() }
        var buffer: [UInt8] = Array("# meteor v1\n".utf8)
        let contexts = layout == .spread ? 10 : 1
        let namespaces = layout == .spread ? max(1, count / 10_000) : 1
        let perNamespace = count / (contexts * namespaces)
        for context in 0..<contexts {
            for namespace in 0..<namespaces {
                for slot in 0..<perNamespace {
                    let index = contexts * (namespace + namespaces * slot) + context
                    buffer.append(
                        contentsOf:
                            "ctx\(context):ns\(namespace):key\(index)=value number \(index) with some text\n"
                            .utf8)
                    if buffer.count > 1 << 20 {
                        output.write(Data(buffer))
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        output.write(Data(buffer))
    }
}

/// `E` is never pressed in the benchmark.
struct NoEditor: ExternalEditor {
    func edit(_ text: String, name: String) throws(ExternalEditorError) -> String {
        throw ExternalEditorError("no editor here")
    }
}

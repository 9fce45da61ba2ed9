import Foundation
import MeteorCLI
import Testing

/// A real `meteor repl` process: every edit it acknowledged survives SIGKILL, SIGTERM and
/// SIGHUP (the journal), and its exit merges into a file another writer changed.
@Suite(.serialized) struct ReplDurabilityTests {
    /// Sends sets, waits for each answer (the acknowledgement), kills the REPL, and checks
    /// that the library recovers every acknowledged edit.
    @Test(arguments: [SIGKILL, SIGTERM, SIGHUP])
    func everyAcknowledgedEditSurvivesASignal(signal: Int32) throws {
        let work = try Workspace()
        try work.run("set", "app:t:base", "1")
        let repl = try ReplProcess(work)
        for index in 0..<12 {
            repl.send("set app:t:k\(index) v\(index)")
            #expect(repl.waitFor("app:t:k\(index)=v\(index)\n"))
        }
        repl.send("delete app:t:base")
        #expect(repl.waitFor("deleted"))
        repl.kill(signal)

        let store = try OpenStore(path: work.store, store: FileStore(), mode: .journaled)
        let plan = try #require(store.pendingRecovery, "no journal after \(signal)")
        #expect(plan.recordCount == 13)
        try store.recover()
        for index in 0..<12 {
            #expect(try store.engine.get("app:t:k\(index)") == "v\(index)")
        }
        #expect(try store.engine.get("app:t:base") == nil)
    }

    @Test func theNextReplRecoversAfterAKill() throws {
        let work = try Workspace()
        let repl = try ReplProcess(work)
        repl.send("set app:t:kept yes")
        #expect(repl.waitFor("app:t:kept=yes\n"))
        repl.kill(SIGKILL)
        // Without a terminal the next REPL only notes the journal and keeps writing after it.
        let next = try work.run("repl", stdin: "set app:t:also 2\nexit\n")
        #expect(next.stderr.contains("holds 1 unsaved change from an earlier session"))
        let store = try OpenStore(path: work.store, store: FileStore())
        #expect(try store.engine.get("app:t:also") == "2")
        try store.recover()
        #expect(try store.engine.get("app:t:kept") == "yes")
    }

    @Test func exitMergesIntoAFileAnotherWriterChanged() throws {
        let work = try Workspace()
        try work.run("set", "app:t:start", "0")
        let repl = try ReplProcess(work)
        repl.send("set app:t:mine x")
        #expect(repl.waitFor("app:t:mine=x\n"))
        #expect(try work.run("set", "app:t:other", "y").status == 0)
        repl.send("exit")
        #expect(repl.wait() == 0)
        #expect(repl.standardError.contains("merged this session's changes"))
        let text = try work.storeText()
        #expect(text.contains("app:t:mine=x\n"))
        #expect(text.contains("app:t:other=y\n"))
        #expect(!FileManager.default.fileExists(atPath: work.store + ".journal"))
    }

    @Test func aConflictWithoutATerminalKeepsTheJournalAndSaysSo() throws {
        let work = try Workspace()
        try work.run("set", "app:t:k", "base")
        let repl = try ReplProcess(work)
        repl.send("set app:t:k ours")
        #expect(repl.waitFor("app:t:k=ours\n"))
        #expect(try work.run("set", "app:t:k", "theirs").status == 0)
        repl.closeInput()
        #expect(repl.wait() == 4)
        #expect(repl.standardError.contains("app:t:k"))
        #expect(repl.standardError.contains("the journal keeps this session's changes"))
        #expect(try work.run("get", "app:t:k").stdout == "theirs\n")
        let store = try OpenStore(path: work.store, store: FileStore())
        let conflict = try #require(store.pendingRecovery?.conflicts.first)
        #expect(conflict.ours == "ours")
        #expect(conflict.theirs == "theirs")
    }
}

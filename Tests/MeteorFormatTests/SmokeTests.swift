import Testing
@testable import MeteorFormat

@Test func smoke() throws {
    let p = try TokenStreamParser().parse("button=click; ns=ui; theme=dark")
    print(p.operations)
    let m = try MeteorStreamParser().parse("app:ui:button=click;theme=dark :;: user:main:profile=admin")
    print(m.operations)
    for s in ["a=1; b", "k=\"unclosed", "k=\"bad \\q\"", "k=\"x\" y", "ns=a.b.c.d.e.f; k=v", "x=1:;:y=2", "k=a\nb=2"] {
        do { _ = try TokenStreamParser().parse(s); print("OK?", s) } catch { print(error.description) }
    }
    for s in ["button=click", "app:ui:=v", "app:ui:k=\"unclosed"] {
        do { _ = try MeteorStreamParser().parse(s); print("OK?", s) } catch { print(error.description) }
    }
    for k in ["list[0]", "user[name]", "grid[2,3]", "m[x, y]", "list[]", "sections[10_setup]", "modules[hashing.py]", "a.b[0]", "list__i_0", "my__var__i_0", "a__i_x"] {
        do { let key = try Key(validating: k); print(k, key.flat, key.bracket) } catch { print(error.description) }
    }
    for path in ["app:ui:button", "app::key", "key", "app:key", "app:ui:", "app:", "app::", "", "a:b:c:d", ":ns:key"] {
        do { print(path, try MeteorPath.parse(path)) } catch { print(error.description) }
    }
    print(try MeteorPath.explain("app.ui.button"))
    for v in ["plain", "a; b", " x", "it's", "\"q", "a:;:b", "line\nbreak", "tab\there", "", "ü日本"] {
        let s = ValueSyntax.serialize(v)
        let back = try TokenStreamParser().parse("k=\(s)")
        print(s, back.operations)
    }
    let q = try QueryPattern("*:*:theme")
    print(q.matches(context: .app, namespace: try Namespace(validating: "ui"), key: try Key(validating: "theme")))
    print(q.matches(context: .app, namespace: try Namespace(validating: "ui.x"), key: try Key(validating: "theme")))
    let q2 = try QueryPattern("app:**:list[*]")
    print(q2.matches(context: .app, namespace: try Namespace(validating: "ui.x"), key: try Key(validating: "list[3]")))
}

import CNCursesW
import Testing

@testable import MeteorCurses
@testable import MeteorTUI

@Suite struct CursesKeyTranslatorTests {
    @Test(arguments: [
        (KEY_UP, KeyPress.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
        (KEY_HOME, .home), (KEY_END, .end), (KEY_NPAGE, .pageDown), (KEY_PPAGE, .pageUp),
        (KEY_DC, .delete), (KEY_IC, .insert), (KEY_BACKSPACE, .backspace), (KEY_ENTER, .enter),
        (KEY_BTAB, .backTab), (cnc_key_f0() + 1, .function(1)), (cnc_key_f0() + 12, .function(12)),
    ])
    func functionKeys(code: Int32, key: KeyPress) {
        #expect(CursesKeyTranslator.key(code: UInt32(bitPattern: code), isFunctionKey: true) == key)
    }

    @Test(arguments: [
        (UInt32(9), KeyPress.tab), (13, .enter), (10, .enter), (27, .escape), (127, .backspace),
        (8, .backspace), (19, .control("s")), (18, .control("r")), (4, .control("d")),
        (UInt32(Character("q").asciiValue ?? 0), .character("q")), (0x6F22, .character("漢")),
        (0x1F680, .character("🚀")),
    ])
    func characters(code: UInt32, key: KeyPress) {
        #expect(CursesKeyTranslator.key(code: code, isFunctionKey: false) == key)
    }

    @Test func unknownFunctionKeyIsIgnored() {
        #expect(CursesKeyTranslator.functionKey(KEY_MOUSE) == nil)
    }
}

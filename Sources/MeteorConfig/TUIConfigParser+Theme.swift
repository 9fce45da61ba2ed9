import MeteorTUI
import TOMLKit

extension TUIConfigParser {
    /// `[theme]`: `base = "NAME"` and one `[theme.ROLE]` table per role to change; fields a
    /// role table leaves out keep the base theme's value.
    mutating func theme(_ value: any TOMLValueConvertible) -> Theme? {
        guard let table = value.table else {
            report("`theme` must be a table", line: lines.key("theme", in: ""))
            return nil
        }
        var theme = Theme.standard
        if let base = table["base"] {
            let names = Theme.builtIn.keys.sorted().joined(separator: ", ")
            if let name = base.string, let builtIn = Theme.builtIn[name] {
                theme = builtIn
            } else {
                report(
                    "unknown theme \(base.debugDescription)", line: lines.key("base", in: "theme"),
                    hint: "the built-in themes are \(names)")
            }
        }
        let roles = Dictionary(
            uniqueKeysWithValues: ThemeRole.allCases.map { (Self.normalized($0.rawValue), $0) })
        for (name, value) in table where name != "base" {
            guard let role = roles[Self.normalized(name)] else {
                report(
                    "unknown theme role `\(name)`",
                    line: lines.header("theme.\(name)") ?? lines.key(name, in: "theme"),
                    hint: "roles: " + ThemeRole.allCases.map(\.rawValue).joined(separator: ", "))
                continue
            }
            if let style = self.style(value, base: theme[role], table: "theme.\(name)") {
                theme.styles[role] = style
            }
        }
        return theme
    }

    /// One role: `foreground`, `background` (colour names) and `attributes` (a list).
    private mutating func style(_ value: any TOMLValueConvertible, base: Style, table: String)
        -> Style?
    {
        guard let fields = value.table else {
            report(
                "`\(table)` must be a table with foreground, background and attributes",
                line: lines.key(String(table.dropFirst(6)), in: "theme"))
            return nil
        }
        var style = base
        var isValid = true
        for (field, value) in fields {
            switch field {
            case "foreground", "fg", "background", "bg":
                guard let name = value.string, let color = Self.colors[name.lowercased()] else {
                    report(
                        "unknown colour \(value.debugDescription) for `\(field)`",
                        line: lines.key(field, in: table),
                        hint: "colours: " + Self.colorNames.joined(separator: ", "))
                    isValid = false
                    continue
                }
                if field.hasPrefix("f") {
                    style.foreground = color
                } else {
                    style.background = color
                }
            case "attributes":
                guard let attributes = self.attributes(value, line: lines.key(field, in: table))
                else {
                    isValid = false
                    continue
                }
                style.attributes = attributes
            default:
                report(
                    "unknown field `\(field)` in [\(table)]", line: lines.key(field, in: table),
                    hint: "the fields are foreground, background and attributes")
                isValid = false
            }
        }
        return isValid ? style : nil
    }

    private mutating func attributes(_ value: any TOMLValueConvertible, line: Int?)
        -> TextAttributes?
    {
        let names: [String]
        if let single = value.string {
            names = [single]
        } else if let array = value.array {
            names = array.compactMap(\.string)
            guard names.count == array.count else {
                report("`attributes` must be a list of names", line: line)
                return nil
            }
        } else {
            report("`attributes` must be a list of names, such as [\"bold\"]", line: line)
            return nil
        }
        var attributes: TextAttributes = []
        for name in names {
            guard let attribute = Self.attributeNames[name.lowercased()] else {
                report(
                    "unknown attribute \"\(name)\"", line: line,
                    hint: "attributes: bold, dim, reverse, underline, italic, none")
                return nil
            }
            attributes.formUnion(attribute)
        }
        return attributes
    }

    static let colors: [String: TerminalColor] = [
        "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow,
        "blue": .blue, "magenta": .magenta, "cyan": .cyan, "white": .white,
    ]

    static let colorNames = [
        "default", "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
    ]

    static let attributeNames: [String: TextAttributes] = [
        "bold": .bold, "dim": .dim, "reverse": .reverse, "underline": .underline,
        "italic": .italic, "none": [],
    ]
}

/// Writes meteors as meteor-stream text that reparses to exactly the same data (SPEC §4, §6).
public enum MeteorStreamSerializer {
    /// Writes meteors, separated by ` :;: `.
    ///
    /// A key spelled `ns` or `ctx` keeps its address prefix wherever it stands
    /// (`app:k8s:cluster=c1;app:k8s:ns=prod`), because a bare `ns=` is refused in meteor
    /// streams.
    ///
    /// - Parameter meteors: The meteors.
    /// - Returns: `ctx:ns:k1=v1;k2=v2 :;: …`.
    public static func serialize(_ meteors: some Sequence<Meteor>) -> String {
        var parts: [String] = []
        for meteor in meteors {
            var tokens: [String] = []
            tokens.reserveCapacity(meteor.pairs.count)
            for (index, pair) in meteor.pairs.enumerated() {
                let prefix =
                    index == 0 || pair.key.isCursorWord
                    ? "\(meteor.context.name):\(meteor.namespace.name):" : ""
                tokens.append("\(prefix)\(pair.key.bracket)=\(ValueSyntax.serialize(pair.value))")
            }
            parts.append(tokens.joined(separator: ";"))
        }
        return parts.joined(separator: " :;: ")
    }

    /// Writes entries as meteors, one per run of entries with the same context and namespace.
    ///
    /// - Parameter entries: The entries, in order.
    /// - Returns: The meteor stream text.
    public static func serialize(entries: some Sequence<Entry>) -> String {
        serialize(meteors(from: entries))
    }

    /// Groups runs of entries that share a context and namespace into meteors.
    ///
    /// - Parameter entries: The entries, in order.
    /// - Returns: One meteor per run.
    public static func meteors(from entries: some Sequence<Entry>) -> [Meteor] {
        var result: [Meteor] = []
        var pairs: [Meteor.Pair] = []
        var address: (Context, Namespace)?
        for entry in entries {
            if let (context, namespace) = address,
                context != entry.context || namespace != entry.namespace
            {
                if let meteor = Meteor(context: context, namespace: namespace, pairs: pairs) {
                    result.append(meteor)
                }
                pairs.removeAll(keepingCapacity: true)
            }
            address = (entry.context, entry.namespace)
            pairs.append(Meteor.Pair(entry.key, entry.value))
        }
        if let (context, namespace) = address,
            let meteor = Meteor(context: context, namespace: namespace, pairs: pairs)
        {
            result.append(meteor)
        }
        return result
    }
}

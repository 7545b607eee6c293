import LenientJSON

/// Invented pages that declare hostile names, for the hostile tests of inference and rendering.
public enum HostilePages {
    /// `text` as a JSON string literal.
    public static func jsonString(_ text: String) -> String {
        JSONWriter(style: .compact).string(from: .string(text))
    }

    /// A resource page of one type (of `namespace`): a property table and a resource block.
    public static func resourcePage(
        _ name: String, namespace: String = "microsoft.graph", extra: String = "", prose: String = "", rows: [String] = [],
        json: String = "{}"
    ) -> String {
        """
        # \(name.split(separator: ".").last ?? "") resource type
        Namespace: \(namespace)

        A type. \(prose)
        ## Properties
        | Property | Type | Description |
        |:--|:--|:--|
        \(rows.joined(separator: "\n"))

        ## JSON representation
        <!-- {
          "blockType": "resource",
          \(extra)
          "@odata.type": \(jsonString(name))
        } -->
        ```json
        \(json)
        ```
        """
    }

    /// Names that break naive code generation: quotes, backslashes, line breaks, comment and
    /// string delimiters, look-alike letters, Swift keywords, a leading digit, the empty name
    /// and a very long name.
    public static let names = [
        #"quote"d"#, #"back\slash"#, "line\nbreak", "end*/comment", #"triple"""quotes"#, ##"raw#"string"##,
        "n\u{0430}me", "\u{FF4E}\u{FF41}\u{FF4D}\u{FF45}", "class", "self", "Type", "protocol", "1stPlace", "",
        String(repeating: "long", count: 1_500),
    ]
}

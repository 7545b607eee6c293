import LenientJSON

// The JSON form of a page (`graphdocgen extract --format json`). Keys are written
// in the order below; values that are absent are written as `null` so that every
// page has the same keys.

extension Page: Encodable {
    private enum CodingKeys: String, CodingKey {
        case path, relativePath, title, locale, textSource, englishRecovered, frontMatter
        case sections, tables, codeBlocks, httpMessages, references, annotations, diagnostics
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(path, forKey: .path)
        try container.encode(relativePath, forKey: .relativePath)
        try container.encode(title, forKey: .title)
        try container.encode(locale, forKey: .locale)
        try container.encode(textSource, forKey: .textSource)
        try container.encode(englishRecovered, forKey: .englishRecovered)
        try container.encode(frontMatter, forKey: .frontMatter)
        try container.encode(sections, forKey: .sections)
        try container.encode(tables, forKey: .tables)
        try container.encode(codeBlocks, forKey: .codeBlocks)
        try container.encode(httpMessages, forKey: .httpMessages)
        try container.encode(references, forKey: .references)
        try container.encode(annotations, forKey: .annotations)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}

extension CodeBlock: Encodable {
    private enum CodingKeys: String, CodingKey {
        case index, language, info, line, section, tab, annotation, json, content
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(index, forKey: .index)
        try container.encode(language, forKey: .language)
        try container.encode(info, forKey: .info)
        try container.encode(line, forKey: .line)
        try container.encode(section, forKey: .section)
        try container.encode(tab, forKey: .tab)
        try container.encode(annotation, forKey: .annotation)
        try container.encode(json, forKey: .json)
        try container.encode(content, forKey: .content)
    }
}

extension Annotation: Encodable {
    private enum CodingKeys: String, CodingKey {
        case line, blockType, names, odataType, truncated, value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encode(blockType, forKey: .blockType)
        try container.encode(names, forKey: .names)
        try container.encode(odataType, forKey: .odataType)
        try container.encode(isTruncated, forKey: .truncated)
        try container.encode(value, forKey: .value)
    }
}

extension JSONBody: Codable {
    private enum CodingKeys: String, CodingKey {
        case strict, value
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        isStrict = try container.decode(Bool.self, forKey: .strict)
        value = try container.decodeIfPresent(JSONValue.self, forKey: .value)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isStrict, forKey: .strict)
        try container.encode(value, forKey: .value)
    }
}

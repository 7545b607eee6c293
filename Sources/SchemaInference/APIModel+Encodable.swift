// The JSON form of the model (`graphdocgen schema --format json`): every key is
// written, absent values as `null`, in the order below. An operation's location is left
// out: it names the file as given, and the JSON is the same whatever the pages' paths.

extension APIType: Encodable {
    private enum CodingKeys: String, CodingKey {
        case name, kind, baseType, abstract, openType, keyProperty, description, properties, members, sources
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encode(baseType, forKey: .baseType)
        try container.encode(abstract, forKey: .abstract)
        try container.encode(openType, forKey: .openType)
        try container.encode(keyProperty, forKey: .keyProperty)
        try container.encode(description, forKey: .description)
        try container.encode(properties, forKey: .properties)
        try container.encode(members, forKey: .members)
        try container.encode(sources, forKey: .sources)
    }
}

extension APIOperation: Encodable {
    private enum CodingKeys: String, CodingKey {
        case name, method, path, pathParameters, queryOptions, requestHeaders, requestBody, sendsReference, bodyParameters
        case rawBodyMediaTypes, functionParameters, response, examples, source, title, summary, permissions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(method, forKey: .method)
        try container.encode(path, forKey: .path)
        try container.encode(pathParameters, forKey: .pathParameters)
        try container.encode(queryOptions, forKey: .queryOptions)
        try container.encode(requestHeaders, forKey: .requestHeaders)
        try container.encode(requestBody, forKey: .requestBody)
        // Written only when true, so the operations that send none read as before.
        if sendsReference { try container.encode(sendsReference, forKey: .sendsReference) }
        try container.encode(bodyParameters, forKey: .bodyParameters)
        if !rawBodyMediaTypes.isEmpty { try container.encode(rawBodyMediaTypes, forKey: .rawBodyMediaTypes) }
        try container.encode(functionParameters, forKey: .functionParameters)
        try container.encode(response, forKey: .response)
        try container.encode(examples, forKey: .examples)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encode(summary, forKey: .summary)
        // Written only when the page has a permissions table.
        try container.encodeIfPresent(permissions, forKey: .permissions)
    }
}

extension APIModel {
    private enum CodingKeys: String, CodingKey {
        case types, operations, diagnostics, serviceRoot
    }

    /// Writes the types, operations, diagnostics and service root; the examples' bodies are
    /// left out (they are the pages' JSON, which `extract` prints).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(types, forKey: .types)
        try container.encode(operations, forKey: .operations)
        try container.encode(diagnostics, forKey: .diagnostics)
        try container.encodeIfPresent(serviceRoot, forKey: .serviceRoot)
    }
}

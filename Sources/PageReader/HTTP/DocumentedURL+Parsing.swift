extension DocumentedURL {
    /// Takes a documented request target apart.
    ///
    /// - An absolute URL (`scheme://host/...`) gives a scheme and a host.
    /// - A first path segment that looks like an API version (`v1.0`, `beta`,
    ///   `V1.0`, `v1`, `{version}`) becomes ``apiVersion``.
    /// - The path gets a leading `/` when it was written without one.
    /// - The query starts at the first `?` outside `{...}`; items are split at
    ///   `&` outside parentheses, braces and single quotes, and at their first `=`.
    ///
    /// Parsing never fails: any text gives a URL.
    public init(parsing target: String) {
        var rest = Substring(target)

        // Scheme and host.
        var scheme: String?
        var host: String?
        if let separator = rest.firstRange(of: "://"), Self.isScheme(rest[..<separator.lowerBound]) {
            scheme = String(rest[..<separator.lowerBound])
            let afterScheme = rest[separator.upperBound...]
            let hostEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" } ?? afterScheme.endIndex
            host = String(afterScheme[..<hostEnd])
            rest = afterScheme[hostEnd...]
        }

        // Path and query.
        var pathPart = rest
        var queryPart: Substring?
        if let questionMark = Self.firstIndex(of: "?", outsideBracketsIn: rest) {
            pathPart = rest[..<questionMark]
            queryPart = rest[rest.index(after: questionMark)...]
        }

        // API version: the first path segment, when it is one.
        var apiVersion: APIVersion?
        let segments = pathPart.drop { $0 == "/" }
        let firstSegment = segments.prefix { $0 != "/" }
        if Self.isAPIVersion(firstSegment) {
            apiVersion = APIVersion(written: String(firstSegment))
            pathPart = segments[firstSegment.endIndex...]
        }

        self.init(
            scheme: scheme,
            host: host,
            apiVersion: apiVersion,
            path: pathPart.hasPrefix("/") ? String(pathPart) : "/" + pathPart,
            queryItems: queryPart.map(Self.queryItems(in:)) ?? []
        )
    }

    /// Whether `text` is a URL scheme: a letter, then letters, digits, `+`, `-` or `.`.
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, isASCIILetter(first) else { return false }
        return text.unicodeScalars.allSatisfy {
            isASCIILetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)
        }
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Whether a path segment names an API version: `beta`, `v` and a number
    /// (`v1.0`, `v1`, `v2.1`) in any case, or the `{version}` placeholder.
    private static func isAPIVersion(_ segment: Substring) -> Bool {
        let lowered = segment.lowercased()
        if lowered == "beta" || lowered == "{version}" { return true }
        guard lowered.hasPrefix("v") else { return false }
        let number = lowered.dropFirst()
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// The first `character` that is not inside `{...}`.
    private static func firstIndex(of character: Character, outsideBracketsIn text: Substring) -> Substring.Index? {
        var depth = 0
        for index in text.indices {
            switch text[index] {
            case "{": depth += 1
            case "}": depth = max(depth - 1, 0)
            case character where depth == 0: return index
            default: break
            }
        }
        return nil
    }

    /// The items of a query string (without its `?`).
    private static func queryItems(in query: Substring) -> [QueryItem] {
        itemTexts(in: query, keepingNestedAmpersands: true).map { item in
            guard let equals = item.firstIndex(of: "=") else { return QueryItem(name: String(item), value: nil) }
            return QueryItem(name: String(item[..<equals]), value: String(item[item.index(after: equals)...]))
        }
    }

    /// The `&`-separated parts of a query string, without empty ones. With
    /// `keepingNestedAmpersands`, an `&` inside parentheses, braces or single
    /// quotes does not separate; if those do not balance, every `&` separates.
    private static func itemTexts(in query: Substring, keepingNestedAmpersands: Bool) -> [Substring] {
        var items: [Substring] = []
        var itemStart = query.startIndex
        var nesting = 0
        var inQuotes = false
        for index in query.indices {
            let character = query[index]
            if keepingNestedAmpersands && character == "'" {
                inQuotes.toggle()
            } else if keepingNestedAmpersands && inQuotes {
                continue
            } else if keepingNestedAmpersands && (character == "(" || character == "{") {
                nesting += 1
            } else if keepingNestedAmpersands && (character == ")" || character == "}") {
                nesting -= 1
            } else if character == "&" && nesting == 0 {
                items.append(query[itemStart..<index])
                itemStart = query.index(after: index)
            }
        }
        items.append(query[itemStart...])
        if keepingNestedAmpersands && (inQuotes || nesting != 0) {
            return itemTexts(in: query, keepingNestedAmpersands: false)
        }
        return items.filter { !$0.isEmpty }
    }
}

extension Character {
    /// Whether the character is one of the ASCII digits `0` to `9`.
    fileprivate var isASCIIDigit: Bool {
        guard let ascii = asciiValue else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(ascii)
    }
}

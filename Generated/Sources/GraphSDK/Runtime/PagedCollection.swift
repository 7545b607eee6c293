// Copied by graphdocgen from its runtime (Sources/GraphRuntime/PagedCollection.swift). Do not edit.

public import Foundation

/// The elements of a Graph collection, fetched page by page as they are iterated.
///
/// `fetchPage(nil)` fetches the first page, `fetchPage(link)` the page a `@odata.nextLink`
/// names. Iteration stops after a page without a next link, fetches no page twice (after the
/// elements of a page whose next link was fetched before, it throws
/// `PagingError.repeatedNextLink`), and ends after an error.
public struct PagedCollection<Element>: AsyncSequence, Sendable {
    public typealias FetchPage = @Sendable (URL?) async throws -> Page<Element>

    private let fetchPage: FetchPage

    public init(fetchPage: @escaping FetchPage) {
        self.fetchPage = fetchPage
    }

    /// The first page alone, with its `@odata.count`, `@odata.nextLink` and other members.
    public func firstPage() async throws -> Page<Element> {
        try await fetchPage(nil)
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(fetchPage: fetchPage)
    }

    /// Iterates the elements of one page, then fetches the next.
    public struct Iterator: AsyncIteratorProtocol {
        private enum NextPage {
            case first
            case link(URL)
            case repeated(URL)
            case none
        }

        private let fetchPage: FetchPage
        private var nextPage = NextPage.first
        private var fetchedLinks: Set<URL> = []
        private var elements: [Element] = []
        private var position = 0

        fileprivate init(fetchPage: @escaping FetchPage) {
            self.fetchPage = fetchPage
        }

        public mutating func next() async throws -> Element? {
            while position == elements.count {
                let link: URL?
                switch nextPage {
                case .first: link = nil
                case .link(let url): link = url
                case .repeated(let url):
                    nextPage = .none
                    throw PagingError.repeatedNextLink(url)
                case .none: return nil
                }
                nextPage = .none  // stays so when the fetch throws
                let page = try await fetchPage(link)
                if let next = page.nextLink {
                    nextPage = fetchedLinks.insert(next).inserted ? .link(next) : .repeated(next)
                }
                elements = page.value
                position = 0
            }
            defer { position += 1 }
            return elements[position]
        }
    }
}

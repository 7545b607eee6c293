import Foundation
import GraphRuntime
import Testing

/// The links a fake fetch was asked for, in order.
actor FetchedLinks {
    private(set) var all: [URL?] = []
    func append(_ link: URL?) { all.append(link) }
}

@Suite("PagedCollection")
struct PagedCollectionTests {
    let page2 = URL(string: "https://graph.microsoft.com/v1.0/users?$skiptoken=2")!
    let page3 = URL(string: "https://graph.microsoft.com/v1.0/users?$skiptoken=3")!

    @Test func yieldsEveryElementAcrossThreePagesAndStops() async throws {
        let fetched = FetchedLinks()
        let pages = [
            nil: try decode(Page<Int>.self, #"{"value": [1, 2], "@odata.nextLink": "\#(page2)", "@odata.count": 5}"#),
            page2: Page(value: [3, 4], nextLink: page3),
            page3: Page(value: [5]),
        ]
        let collection = PagedCollection<Int> { link in
            await fetched.append(link)
            return try #require(pages[link])
        }
        var elements: [Int] = []
        var iterator = collection.makeAsyncIterator()
        while let element = try await iterator.next() { elements.append(element) }
        #expect(elements == [1, 2, 3, 4, 5])
        #expect(await fetched.all == [nil, page2, page3])
        #expect(try await iterator.next() == nil)
        #expect(await fetched.all.count == 3, "no page is fetched after the last")
    }

    @Test func fetchesNothingUntilIteratedAndPagesLazily() async throws {
        let fetched = FetchedLinks()
        let collection = PagedCollection<Int> { link in
            await fetched.append(link)
            return link == nil ? Page(value: [1], nextLink: page2) : Page(value: [2])
        }
        #expect(await fetched.all.isEmpty)
        var iterator = collection.makeAsyncIterator()
        #expect(try await iterator.next() == 1)
        #expect(await fetched.all.count == 1)
        #expect(try await iterator.next() == 2)
        #expect(await fetched.all.count == 2)
    }

    @Test func skipsEmptyPagesThatHaveANextLink() async throws {
        let collection = PagedCollection<String> { link in
            switch link {
            case nil: Page(value: [], nextLink: page2)
            case page2: Page(value: ["a"], nextLink: page3)
            default: Page(value: [])
            }
        }
        var elements: [String] = []
        for try await element in collection { elements.append(element) }
        #expect(elements == ["a"])
    }

    @Test func refusesToFetchALinkTwice() async throws {
        let fetched = FetchedLinks()
        let collection = PagedCollection<Int> { [page2] link in
            await fetched.append(link)
            // A service that links page 2 to itself; stops after a few pages should paging loop.
            return await fetched.all.count < 5 ? Page(value: [1], nextLink: page2) : Page(value: [])
        }
        var elements: [Int] = []
        await #expect(throws: PagingError.repeatedNextLink(page2)) {
            for try await element in collection { elements.append(element) }
        }
        #expect(elements == [1, 1])
        #expect(await fetched.all == [nil, page2])
    }

    @Test func endsAfterAnError() async throws {
        struct Offline: Error {}
        let collection = PagedCollection<Int> { link in
            if link == nil { return Page(value: [1], nextLink: page2) }
            throw Offline()
        }
        var iterator = collection.makeAsyncIterator()
        #expect(try await iterator.next() == 1)
        await #expect(throws: Offline.self) { try await iterator.next() }
        #expect(try await iterator.next() == nil)
    }

    @Test func pagesEncodeTheirAnnotations() throws {
        let page = Page(value: ["a"], nextLink: page2, count: 3, deltaLink: nil)
        #expect(try encode(page) == #"{"@odata.count":3,"@odata.nextLink":"\#(page2)","value":["a"]}"#)
    }
}

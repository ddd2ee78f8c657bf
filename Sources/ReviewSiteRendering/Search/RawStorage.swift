/// A growable run of trivial values in memory of its own, freed with its owner: the search
/// tables touch it for every word of every review, where an `Array` checked bounds and
/// uniqueness each time.
struct RawStorage<Element: BitwiseCopyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    private(set) var count: Int

    init(capacity: Int) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
        count = 0
    }

    init(zeros count: Int) where Element: FixedWidthInteger {
        self.init(capacity: count)
        base.initialize(repeating: 0, count: count)
        self.count = count
    }

    deinit { base.deallocate() }

    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    /// Where element `index` lies; valid until the next append.
    func address(of index: Int) -> UnsafePointer<Element> {
        UnsafePointer(base + index)
    }

    mutating func append(_ element: Element) {
        if count == capacity {
            let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
            larger.initialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        base[count] = element
        count += 1
    }
}

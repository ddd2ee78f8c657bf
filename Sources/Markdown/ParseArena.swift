import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for cmark-gfm while it parses one document, handed out from large blocks and taken
/// back all at once when the document has been copied.
///
/// A parse makes millions of small allocations (nodes, strings, table cells) and frees each one
/// when the tree is freed: about a fifth of cmark-gfm's time in a build went to `calloc`,
/// `realloc` and `free`. Here an allocation moves a pointer, freeing does nothing, and the tree
/// is never walked to be freed.
///
/// cmark-gfm's allocator is three C functions with no context, so each thread parses with an
/// arena of its own, found through a thread-local key. A thread keeps its arena between
/// documents, grown to the largest it parsed (up to `keptSize`), and frees it when the thread ends.
struct ParseArena: ~Copyable {
    /// Every allocation starts this far into its slot, after its size; a multiple of 16, so
    /// allocations are aligned as `malloc`'s are.
    private static let header = 16
    private static let minimumBlockSize = 1 << 20
    /// The most a thread keeps between documents; a review of 150 KB fits in 3 MB.
    private static let keptSize = 128 << 20

    /// The blocks in use, the current one last; the first is kept across documents.
    private var blocks: [(start: UnsafeMutableRawPointer, size: Int)] = []
    /// Addresses, 0 before the first block: where the next allocation's slot starts in the
    /// current block, where the block ends, and the slot of the last allocation, which can
    /// grow in place. Kept as integers so the allocation path unwraps nothing.
    private var next = 0
    private var end = 0
    private var last = 0

    /// The allocator to give `cmark_parser_new_with_mem`: the calling thread's arena.
    nonisolated(unsafe) static let allocator: UnsafeMutablePointer<cmark_mem> = {
        let allocator = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        allocator.initialize(to: cmark_mem(
            calloc: { count, size in ParseArena.current.pointee.allocate(count * size, zeroed: true) },
            realloc: { pointer, size in ParseArena.current.pointee.reallocate(pointer, to: size) },
            free: { _ in }  // All is taken back at once by `reset`.
        ))
        return allocator
    }()

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        guard pthread_key_create(&key, { arena in
            guard let arena = arena?.assumingMemoryBound(to: ParseArena.self) else { return }
            arena.deinitialize(count: 1)
            arena.deallocate()
        }) == 0 else { fatalError("could not create the thread-local key of cmark-gfm's arena") }
        return key
    }()

    /// The calling thread's arena, made the first time the thread parses.
    static var current: UnsafeMutablePointer<ParseArena> {
        if let arena = pthread_getspecific(key) { return arena.assumingMemoryBound(to: ParseArena.self) }
        let arena = UnsafeMutablePointer<ParseArena>.allocate(capacity: 1)
        arena.initialize(to: ParseArena())
        pthread_setspecific(key, arena)
        return arena
    }

    private init() {}

    deinit {
        for block in blocks { block.start.deallocate() }
    }

    /// Takes back everything handed out. If the document needed more than one block, the next
    /// starts with one block as large as all of them, unless that is more than `keptSize`: a
    /// huge document's memory is not kept for the thread's life.
    mutating func reset() {
        let used = blocks.reduce(0) { $0 + $1.size }
        if blocks.count > 1 || used > Self.keptSize {
            for block in blocks { block.start.deallocate() }
            blocks = used > Self.keptSize ? [] : [(.allocate(byteCount: used, alignment: Self.header), used)]
        }
        next = blocks.first.map { Int(bitPattern: $0.start) } ?? 0
        end = blocks.first.map { Int(bitPattern: $0.start + $0.size) } ?? 0
        last = 0
    }

    /// An allocation's slot: its size, padded so the next slot stays aligned, after the header.
    private static func slotSize(_ size: Int) -> Int { (header + size + 15) & ~15 }

    private mutating func allocate(_ size: Int, zeroed: Bool) -> UnsafeMutableRawPointer {
        let slotSize = Self.slotSize(size)
        if end &- next < slotSize { addBlock(for: slotSize) }
        let slot = UnsafeMutableRawPointer(bitPattern: next).unsafelyUnwrapped
        slot.storeBytes(of: size, as: Int.self)
        last = next
        next &+= slotSize
        let payload = slot + Self.header
        if zeroed { memset(payload, 0, size) }
        return payload
    }

    private mutating func reallocate(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
        guard let pointer else { return allocate(size, zeroed: false) }
        let slot = pointer - Self.header
        let oldSize = slot.load(as: Int.self)
        if Int(bitPattern: slot) == last, end &- last >= Self.slotSize(size) {
            slot.storeBytes(of: size, as: Int.self)
            next = last &+ Self.slotSize(size)
            return pointer
        }
        let moved = allocate(size, zeroed: false)
        moved.copyMemory(from: pointer, byteCount: min(oldSize, size))
        return moved
    }

    private mutating func addBlock(for slotSize: Int) {
        let size = max(Self.minimumBlockSize, blocks.last.map { $0.size * 2 } ?? 0, slotSize)
        let start = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: Self.header)
        blocks.append((start, size))
        next = Int(bitPattern: start)
        end = next + size
        last = 0
    }
}

/// Words of a text as a reader counts them, and which of one text's words appear, in order, in
/// another. The alignment is a patience diff: words that occur once in both texts anchor it (their
/// longest increasing run), and the stretches between anchors are aligned recursively, exactly
/// when small. Labels the site adds are skipped; text moved out of order is not counted as found.
enum WordMatcher {
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) || isSuperscript($0) }
    }

    static func isSuperscript(_ character: Character) -> Bool {
        "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(character)
    }

    /// The words of `source` that have no place, in order, in `target`.
    static func unmatched(_ source: [Substring], in target: [Substring]) -> [Substring] {
        var matched = Set<Int>()
        align(source, 0..<source.count, target, 0..<target.count, into: &matched)
        return source.indices.filter { !matched.contains($0) }.map { source[$0] }
    }

    /// The words of `source` left over once each word of `target` has been used at most once.
    static func unmatchedInAnyOrder(_ source: [Substring], in target: [Substring]) -> [Substring] {
        var available: [Substring: Int] = [:]
        for word in target { available[word, default: 0] += 1 }
        return source.filter { word in
            guard let count = available[word], count > 0 else { return true }
            available[word] = count - 1
            return false
        }
    }

    private static func align(_ a: [Substring], _ ra: Range<Int>, _ b: [Substring], _ rb: Range<Int>, into matched: inout Set<Int>) {
        guard !ra.isEmpty, !rb.isEmpty else { return }
        if ra.count * rb.count <= 250_000 {
            exact(a, ra, b, rb, into: &matched)
            return
        }
        let anchors = uniqueAnchors(a, ra, b, rb)
        guard !anchors.isEmpty else { return }
        var previous = (ra.lowerBound, rb.lowerBound)
        for (i, j) in anchors {
            align(a, previous.0..<i, b, previous.1..<j, into: &matched)
            matched.insert(i)
            previous = (i + 1, j + 1)
        }
        align(a, previous.0..<ra.upperBound, b, previous.1..<rb.upperBound, into: &matched)
    }

    /// Pairs of positions of words unique in both ranges, keeping the longest run increasing in both.
    private static func uniqueAnchors(_ a: [Substring], _ ra: Range<Int>, _ b: [Substring], _ rb: Range<Int>) -> [(Int, Int)] {
        func uniquePositions(_ words: [Substring], _ range: Range<Int>) -> [Substring: Int] {
            var seen: [Substring: Int] = [:]
            for index in range { seen[words[index]] = seen[words[index]] == nil ? index : -1 }
            return seen.filter { $0.value >= 0 }
        }
        let inB = uniquePositions(b, rb)
        let pairs = uniquePositions(a, ra).compactMap { word, i in inB[word].map { (i, $0) } }.sorted { $0.0 < $1.0 }
        var tails: [Int] = []
        var tailIndex: [Int] = []
        var parent = [Int](repeating: -1, count: pairs.count)
        for (k, pair) in pairs.enumerated() {
            var low = 0, high = tails.count
            while low < high {
                let mid = (low + high) / 2
                if tails[mid] < pair.1 { low = mid + 1 } else { high = mid }
            }
            if low > 0 { parent[k] = tailIndex[low - 1] }
            if low == tails.count { tails.append(pair.1); tailIndex.append(k) } else { tails[low] = pair.1; tailIndex[low] = k }
        }
        var run: [(Int, Int)] = []
        var k = tailIndex.last ?? -1
        while k >= 0 {
            run.append(pairs[k])
            k = parent[k]
        }
        return run.reversed()
    }

    /// Longest common subsequence by dynamic programming, for small ranges.
    private static func exact(_ a: [Substring], _ ra: Range<Int>, _ b: [Substring], _ rb: Range<Int>, into matched: inout Set<Int>) {
        let n = ra.count, m = rb.count
        var table = [Int32](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                table[i * (m + 1) + j] = a[ra.lowerBound + i] == b[rb.lowerBound + j]
                    ? table[(i + 1) * (m + 1) + j + 1] + 1
                    : max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1])
            }
        }
        var i = 0, j = 0
        while i < n && j < m {
            if a[ra.lowerBound + i] == b[rb.lowerBound + j] {
                matched.insert(ra.lowerBound + i)
                i += 1
                j += 1
            } else if table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1] {
                i += 1
            } else {
                j += 1
            }
        }
    }
}

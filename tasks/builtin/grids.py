"""The grids family: 2-D prefix sums, staircase search over sorted rows and columns, and table DP over cells.

Held out as a whole (`builtin:ood`): no training task uses this idea.
"""

from tasks.builtin.task import task

FAMILY = "grids"
IDEA = "2-D prefix sums, staircase search over sorted rows and columns, and table DP over cells"

OOD = [
    task(
        name="submatrix-sums",
        doc="""
            For each query (r1, c1, r2, c2) return the sum of grid[r][c] over r1 <= r <= r2 and c1 <= c <= c2.
            >>> submatrix_sums([[1, 2], [3, 4]], [(0, 0, 1, 1), (0, 1, 1, 1)])
            [10, 6]
        """,
        reference="""
            def submatrix_sums(grid: List[List[int]], queries: List[Tuple[int, int, int, int]]) -> List[int]:
                cols = len(grid[0]) if grid else 0
                prefix = [[0] * (cols + 1)]
                for row in grid:
                    running = 0
                    line = [0]
                    above = prefix[-1]
                    for c, x in enumerate(row):
                        running += x
                        line.append(above[c + 1] + running)
                    prefix.append(line)
                return [
                    prefix[r2 + 1][c2 + 1] - prefix[r1][c2 + 1] - prefix[r2 + 1][c1] + prefix[r1][c1]
                    for r1, c1, r2, c2 in queries
                ]
        """,
        slow="""
            def submatrix_sums(grid: List[List[int]], queries: List[Tuple[int, int, int, int]]) -> List[int]:
                result = []
                for r1, c1, r2, c2 in queries:
                    total = 0
                    for r in range(r1, r2 + 1):
                        for c in range(c1, c2 + 1):
                            total += grid[r][c]
                    result.append(total)
                return result
        """,
        tests="""
            assert candidate([[1, 2], [3, 4]], [(0, 0, 1, 1), (1, 1, 1, 1), (0, 1, 1, 1)]) == [10, 4, 6]
            assert candidate([[5]], [(0, 0, 0, 0)]) == [5]
            assert candidate([[1, 2, 3]], []) == []
            assert candidate([[-1], [2]], [(0, 0, 1, 0)]) == [1]
            assert candidate([[1, 2, 3], [4, 5, 6]], [(0, 1, 1, 2), (1, 0, 1, 0)]) == [16, 4]
        """,
        workload="""
            _GRID = [[(r * 31 + c * 17) % 19 - 9 for c in range(100)] for r in range(100)]
            _QUERIES = [(i % 20, (i * 3) % 20, 60 + i % 40, 60 + (i * 7) % 40) for i in range(100)]

            def workload(candidate):
                candidate(_GRID, _QUERIES)
        """,
    ),
    task(
        name="search-sorted-matrix",
        doc="""
            Every row of matrix is sorted left to right and every column top to bottom (ascending). Return True if
            target occurs in matrix, else False.
            >>> search_matrix([[1, 4, 7], [2, 5, 8], [3, 6, 9]], 5)
            True
        """,
        reference="""
            def search_matrix(matrix: List[List[int]], target: int) -> bool:
                if not matrix or not matrix[0]:
                    return False
                r, c = 0, len(matrix[0]) - 1
                while r < len(matrix) and c >= 0:
                    value = matrix[r][c]
                    if value == target:
                        return True
                    if value > target:
                        c -= 1
                    else:
                        r += 1
                return False
        """,
        slow="""
            def search_matrix(matrix: List[List[int]], target: int) -> bool:
                for row in matrix:
                    for value in row:
                        if value == target:
                            return True
                return False
        """,
        tests="""
            assert candidate([[1, 4, 7], [2, 5, 8], [3, 6, 9]], 5) == True
            assert candidate([[1, 4, 7], [2, 5, 8], [3, 6, 9]], 10) == False
            assert candidate([], 1) == False
            assert candidate([[-1]], -1) == True
            assert candidate([[1, 3], [2, 4]], 0) == False
            assert candidate([[1, 3, 5]], 5) == True
        """,
        workload="""
            _MATRIX = [[r + 2 * c for c in range(300)] for r in range(300)]

            def workload(candidate):
                for target in (-1, 2000, 1001, 899):
                    candidate(_MATRIX, target)
        """,
    ),
    task(
        name="count-negatives",
        doc="""
            Every row of grid is sorted left to right and every column top to bottom in non-increasing order.
            Return how many entries are negative.
            >>> count_negatives([[3, 2], [1, -1], [-1, -2]])
            3
        """,
        reference="""
            def count_negatives(grid: List[List[int]]) -> int:
                count = 0
                c = len(grid[0]) if grid else 0
                for row in grid:
                    while c > 0 and row[c - 1] < 0:
                        c -= 1
                    count += len(row) - c
                return count
        """,
        slow="""
            def count_negatives(grid: List[List[int]]) -> int:
                count = 0
                for row in grid:
                    for value in row:
                        if value < 0:
                            count += 1
                return count
        """,
        tests="""
            assert candidate([[4, 3, 2, -1], [3, 2, 1, -1], [1, 1, -1, -2], [-1, -1, -2, -3]]) == 8
            assert candidate([[3, 2], [1, 0]]) == 0
            assert candidate([]) == 0
            assert candidate([[-1]]) == 1
            assert candidate([[5, -5]]) == 1
            assert candidate([[3, 2], [1, -1], [-1, -2]]) == 3
        """,
        workload="""
            _GRIDS = [[[shift - r - c for c in range(300)] for r in range(300)] for shift in (150, 300, 450)]

            def workload(candidate):
                for grid in _GRIDS:
                    candidate(grid)
        """,
    ),
    task(
        name="unique-paths-with-obstacles",
        doc="""
            grid[r][c] is 1 for an obstacle and 0 for a free cell. Return the number of paths from the top-left to
            the bottom-right cell that move only right or down through free cells.
            >>> unique_paths_with_obstacles([[0, 0, 0], [0, 1, 0], [0, 0, 0]])
            2
        """,
        reference="""
            def unique_paths_with_obstacles(grid: List[List[int]]) -> int:
                cols = len(grid[0])
                paths = [0] * cols
                paths[0] = 1
                for row in grid:
                    for c in range(cols):
                        if row[c] == 1:
                            paths[c] = 0
                        elif c > 0:
                            paths[c] += paths[c - 1]
                return paths[-1]
        """,
        slow="""
            def unique_paths_with_obstacles(grid: List[List[int]]) -> int:
                rows, cols = len(grid), len(grid[0])

                def paths_from(r: int, c: int) -> int:
                    if r >= rows or c >= cols or grid[r][c] == 1:
                        return 0
                    if r == rows - 1 and c == cols - 1:
                        return 1
                    return paths_from(r + 1, c) + paths_from(r, c + 1)

                return paths_from(0, 0)
        """,
        tests="""
            assert candidate([[0, 0, 0], [0, 1, 0], [0, 0, 0]]) == 2
            assert candidate([[0, 1], [0, 0]]) == 1
            assert candidate([[1]]) == 0
            assert candidate([[0]]) == 1
            assert candidate([[0, 0], [0, 1]]) == 0
            assert candidate([[0, 0, 0, 0]]) == 1
        """,
        workload="""
            _OBSTACLES = [(1 + k % 5, 6 - k % 4) for k in range(10)]
            _GRIDS = [[[1 if (r, c) == obstacle else 0 for c in range(8)] for r in range(7)] for obstacle in _OBSTACLES]

            def workload(candidate):
                for _ in range(10):
                    for grid in _GRIDS:
                        candidate(grid)
        """,
    ),
    task(
        name="min-path-sum",
        doc="""
            Return the smallest sum of the cells on a path from the top-left to the bottom-right cell of the
            non-empty grid, moving only right or down.
            >>> min_path_sum([[1, 3, 1], [1, 5, 1], [4, 2, 1]])
            7
        """,
        reference="""
            def min_path_sum(grid: List[List[int]]) -> int:
                best = []
                for r, row in enumerate(grid):
                    line = []
                    for c, x in enumerate(row):
                        if r == 0 and c == 0:
                            line.append(x)
                        elif r == 0:
                            line.append(line[c - 1] + x)
                        elif c == 0:
                            line.append(best[c] + x)
                        else:
                            line.append(min(best[c], line[c - 1]) + x)
                    best = line
                return best[-1]
        """,
        slow="""
            def min_path_sum(grid: List[List[int]]) -> int:
                rows, cols = len(grid), len(grid[0])

                def cost_from(r: int, c: int) -> int:
                    if r == rows - 1 and c == cols - 1:
                        return grid[r][c]
                    options = []
                    if r + 1 < rows:
                        options.append(cost_from(r + 1, c))
                    if c + 1 < cols:
                        options.append(cost_from(r, c + 1))
                    return grid[r][c] + min(options)

                return cost_from(0, 0)
        """,
        tests="""
            assert candidate([[1, 3, 1], [1, 5, 1], [4, 2, 1]]) == 7
            assert candidate([[1, 2, 3], [4, 5, 6]]) == 12
            assert candidate([[5]]) == 5
            assert candidate([[1], [2]]) == 3
            assert candidate([[-1, 2], [3, -4]]) == -3
        """,
        workload="""
            _GRIDS = [[[(r * 7 + c * 3 + k) % 10 for c in range(8)] for r in range(7)] for k in range(10)]

            def workload(candidate):
                for _ in range(10):
                    for grid in _GRIDS:
                        candidate(grid)
        """,
    ),
]

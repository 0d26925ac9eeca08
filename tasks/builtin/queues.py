"""The queues family: a formula, a deque or slicing instead of moving list elements one position at a time.

`TRAIN` tasks go to `builtin:train`, `TEST` tasks (other problems on the same idea) to `builtin:test`.
"""

from tasks.builtin.task import task

FAMILY = "queues"
IDEA = "a formula, a deque or slicing instead of moving list elements one position at a time"

TRAIN = [
    task(
        name="rotate-right",
        doc="""
            Return a new list: nums rotated to the right by k steps (k >= 0, possibly larger than len(nums)).
            >>> rotate_right([1, 2, 3, 4, 5], 2)
            [4, 5, 1, 2, 3]
        """,
        reference="""
            def rotate_right(nums: List[int], k: int) -> List[int]:
                if not nums:
                    return []
                cut = len(nums) - k % len(nums)
                return nums[cut:] + nums[:cut]
        """,
        slow="""
            def rotate_right(nums: List[int], k: int) -> List[int]:
                result = list(nums)
                if result:
                    for _ in range(k % len(result)):
                        result.insert(0, result.pop())
                return result
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 2) == [4, 5, 1, 2, 3]
            assert candidate([1, 2], 0) == [1, 2]
            assert candidate([], 3) == []
            assert candidate([1, 2, 3], 4) == [3, 1, 2]
            assert candidate([7], 100) == [7]
        """,
        workload="""
            _NUMS = list(range(20_000))

            def workload(candidate):
                candidate(_NUMS, 10_000)
        """,
    ),
    task(
        name="josephus",
        doc="""
            People 1..n stand in a circle. Counting starts at person 1 and every k-th person leaves the circle.
            Return the number of the last person left (n, k >= 1).
            >>> josephus(7, 3)
            4
        """,
        reference="""
            def josephus(n: int, k: int) -> int:
                position = 0
                for size in range(2, n + 1):
                    position = (position + k) % size
                return position + 1
        """,
        slow="""
            def josephus(n: int, k: int) -> int:
                people = list(range(1, n + 1))
                index = 0
                while len(people) > 1:
                    index = (index + k - 1) % len(people)
                    people.pop(index)
                return people[0]
        """,
        tests="""
            assert candidate(1, 1) == 1
            assert candidate(5, 2) == 3
            assert candidate(7, 3) == 4
            assert candidate(6, 1) == 6
            assert candidate(10, 2) == 5
        """,
        workload="""
            def workload(candidate):
                candidate(30_000, 3)
        """,
    ),
    task(
        name="first-negative-in-window",
        doc="""
            For each window of k consecutive elements of nums, left to right, return its first negative number, or 0
            if it has none.
            >>> first_negatives([-8, 2, 3, -6, 10], 2)
            [-8, 0, -6, -6]
        """,
        reference="""
            from collections import deque

            def first_negatives(nums: List[int], k: int) -> List[int]:
                negatives = deque()
                result = []
                for i, x in enumerate(nums):
                    if x < 0:
                        negatives.append(i)
                    if i >= k - 1:
                        while negatives and negatives[0] <= i - k:
                            negatives.popleft()
                        result.append(nums[negatives[0]] if negatives else 0)
                return result
        """,
        slow="""
            def first_negatives(nums: List[int], k: int) -> List[int]:
                result = []
                for i in range(len(nums) - k + 1):
                    first = 0
                    for x in nums[i:i + k]:
                        if x < 0:
                            first = x
                            break
                    result.append(first)
                return result
        """,
        tests="""
            assert candidate([-8, 2, 3, -6, 10], 2) == [-8, 0, -6, -6]
            assert candidate([1, 2, 3], 3) == [0]
            assert candidate([-1], 1) == [-1]
            assert candidate([1, -1], 1) == [0, -1]
            assert candidate([1, 2], 3) == []
        """,
        workload="""
            _NUMS = [-i if i % 1000 == 999 else i for i in range(4000)]

            def workload(candidate):
                candidate(_NUMS[:], 300)
        """,
    ),
    task(
        name="recent-counts",
        doc="""
            times is sorted in ascending order. For each i, return how many of times[0], ..., times[i] lie in
            [times[i] - 3000, times[i]].
            >>> recent_counts([1, 100, 3001, 3002])
            [1, 2, 3, 3]
        """,
        reference="""
            def recent_counts(times: List[int]) -> List[int]:
                result = []
                start = 0
                for i, t in enumerate(times):
                    while times[start] < t - 3000:
                        start += 1
                    result.append(i - start + 1)
                return result
        """,
        slow="""
            def recent_counts(times: List[int]) -> List[int]:
                return [sum(1 for s in times[:i + 1] if s >= t - 3000) for i, t in enumerate(times)]
        """,
        tests="""
            assert candidate([1, 100, 3001, 3002]) == [1, 2, 3, 3]
            assert candidate([]) == []
            assert candidate([5]) == [1]
            assert candidate([0, 3000, 3001]) == [1, 2, 2]
            assert candidate([7, 7]) == [1, 2]
        """,
        workload="""
            _TIMES = list(range(0, 7500, 5))

            def workload(candidate):
                candidate(_TIMES[:])
        """,
    ),
    task(
        name="time-to-buy-tickets",
        doc="""
            People queue for tickets; person i wants tickets[i]. Each second the front person buys one ticket and,
            if they want more, goes to the back. Return the second at which person k has all their tickets.
            >>> time_to_buy([2, 3, 2], 2)
            6
        """,
        reference="""
            def time_to_buy(tickets: List[int], k: int) -> int:
                wanted = tickets[k]
                return sum(min(t, wanted if i <= k else wanted - 1) for i, t in enumerate(tickets))
        """,
        slow="""
            def time_to_buy(tickets: List[int], k: int) -> int:
                queue = [(t, i) for i, t in enumerate(tickets)]
                seconds = 0
                while True:
                    t, i = queue.pop(0)
                    seconds += 1
                    if t == 1 and i == k:
                        return seconds
                    if t > 1:
                        queue.append((t - 1, i))
        """,
        tests="""
            assert candidate([2, 3, 2], 2) == 6
            assert candidate([5, 1, 1, 1], 0) == 8
            assert candidate([1], 0) == 1
            assert candidate([1, 1, 1], 1) == 2
            assert candidate([3, 3, 3], 0) == 7
        """,
        workload="""
            _TICKETS = [40 + i % 7 for i in range(1000)]

            def workload(candidate):
                candidate(_TICKETS[:], 999)
        """,
    ),
    task(
        name="drop-first",
        doc="""
            Return the list without its first k elements (all of them when k >= len(nums)).
            >>> drop_first([1, 2, 3, 4, 5], 2)
            [3, 4, 5]
        """,
        reference="""
            from typing import List


            def drop_first(nums: List[int], k: int) -> List[int]:
                return nums[k:]
        """,
        slow="""
            from typing import List


            def drop_first(nums: List[int], k: int) -> List[int]:
                rest = list(nums)
                for _ in range(min(k, len(rest))):
                    rest.pop(0)
                return rest
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 2) == [3, 4, 5]
            assert candidate([], 3) == []
            assert candidate([1, 2], 0) == [1, 2]
            assert candidate([1, 2], 5) == []
            assert candidate([9], 1) == []
        """,
        workload="""
            NUMS = list(range(20000))


            def workload(candidate):
                candidate(list(NUMS), 15000)
        """,
    ),
    task(
        name="students-and-sandwiches",
        doc="""
            Students stand in a queue; each wants sandwich type 0 or 1. The top sandwich of the stack goes to the
            student at the front if they want it, otherwise that student moves to the back. Return how many
            students are left without a sandwich when nobody in the queue wants the top one.
            >>> count_unfed([1, 1, 0, 0], [0, 1, 0, 1])
            0
        """,
        reference="""
            from typing import List


            def count_unfed(students: List[int], sandwiches: List[int]) -> int:
                wants = [students.count(0), students.count(1)]
                for i, sandwich in enumerate(sandwiches):
                    if wants[sandwich] == 0:
                        return len(sandwiches) - i
                    wants[sandwich] -= 1
                return 0
        """,
        slow="""
            from typing import List


            def count_unfed(students: List[int], sandwiches: List[int]) -> int:
                queue, stack = list(students), list(sandwiches)
                refusals = 0
                while queue and refusals < len(queue):
                    if queue[0] == stack[0]:
                        queue.pop(0)
                        stack.pop(0)
                        refusals = 0
                    else:
                        queue.append(queue.pop(0))
                        refusals += 1
                return len(queue)
        """,
        tests="""
            assert candidate([1, 1, 0, 0], [0, 1, 0, 1]) == 0
            assert candidate([1, 1, 1, 0, 0, 1], [1, 0, 0, 0, 1, 1]) == 3
            assert candidate([], []) == 0
            assert candidate([0], [1]) == 1
            assert candidate([1], [1]) == 0
        """,
        workload="""
            STUDENTS = [1] * 300 + [0] * 300
            SANDWICHES = [0, 1] * 300


            def workload(candidate):
                candidate(list(STUDENTS), list(SANDWICHES))
        """,
    ),
    task(
        name="round-robin-finish-order",
        doc="""
            Tasks wait in a queue; task i needs work[i] >= 1 units of work. The task at the front gets one unit of work; if
            it still needs more it goes to the back of the queue, otherwise it is finished. Return the indices of the tasks
            in the order they finish.
            >>> finish_order([3, 1, 2])
            [1, 2, 0]
        """,
        reference="""
            def finish_order(work: List[int]) -> List[int]:
                return sorted(range(len(work)), key=work.__getitem__)
        """,
        slow="""
            def finish_order(work: List[int]) -> List[int]:
                queue = [[i, w] for i, w in enumerate(work)]
                order = []
                while queue:
                    task = queue.pop(0)
                    task[1] -= 1
                    if task[1] == 0:
                        order.append(task[0])
                    else:
                        queue.append(task)
                return order
        """,
        tests="""
            assert candidate([3, 1, 2]) == [1, 2, 0]
            assert candidate([]) == []
            assert candidate([4]) == [0]
            assert candidate([1, 1, 1]) == [0, 1, 2]
            assert candidate([2, 2, 1]) == [2, 0, 1]
            assert candidate([5, 3, 5, 1]) == [3, 1, 0, 2]
        """,
        workload="""
            WORK = [1 + (i * 7) % 3 for i in range(6000)]


            def workload(candidate):
                candidate(list(WORK))
        """,
    ),
    task(
        name="deal-cards",
        doc="""
            Deal the cards of deck from the top (index 0) to players hands in turn: the first card to hand 0, the next to
            hand 1, and so on, starting again at hand 0 after the last hand. Return the hands (players >= 1).
            >>> deal([1, 2, 3, 4, 5], 2)
            [[1, 3, 5], [2, 4]]
        """,
        reference="""
            def deal(deck: List[int], players: int) -> List[List[int]]:
                return [deck[p::players] for p in range(players)]
        """,
        slow="""
            def deal(deck: List[int], players: int) -> List[List[int]]:
                deck = list(deck)
                hands = [[] for _ in range(players)]
                turn = 0
                while deck:
                    hands[turn].append(deck.pop(0))
                    turn = (turn + 1) % players
                return hands
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5], 2) == [[1, 3, 5], [2, 4]]
            assert candidate([], 3) == [[], [], []]
            assert candidate([7], 1) == [[7]]
            assert candidate([1, 2], 3) == [[1], [2], []]
            assert candidate([4, 3, 2, 1], 4) == [[4], [3], [2], [1]]
            assert candidate([1, 2, 3, 4, 5, 6], 3) == [[1, 4], [2, 5], [3, 6]]
        """,
        workload="""
            DECK = list(range(12000))


            def workload(candidate):
                candidate(list(DECK), 4)
        """,
    ),
    task(
        name="merge-sorted-lists",
        doc="""
            a and b are sorted in ascending order. Return one sorted list holding the numbers of both.
            >>> merge_sorted([1, 4, 9], [2, 3, 10])
            [1, 2, 3, 4, 9, 10]
        """,
        reference="""
            def merge_sorted(a: List[int], b: List[int]) -> List[int]:
                merged = a + b
                merged.sort()
                return merged
        """,
        slow="""
            def merge_sorted(a: List[int], b: List[int]) -> List[int]:
                a, b = list(a), list(b)
                merged = []
                while a and b:
                    merged.append(a.pop(0) if a[0] <= b[0] else b.pop(0))
                return merged + a + b
        """,
        tests="""
            assert candidate([1, 4, 9], [2, 3, 10]) == [1, 2, 3, 4, 9, 10]
            assert candidate([], []) == []
            assert candidate([1], []) == [1]
            assert candidate([], [2, 5]) == [2, 5]
            assert candidate([1, 1], [1]) == [1, 1, 1]
            assert candidate([-3, 0], [-5, 7]) == [-5, -3, 0, 7]
        """,
        workload="""
            A = list(range(0, 20000, 2))
            B = list(range(1, 20000, 2))


            def workload(candidate):
                candidate(list(A), list(B))
        """,
    ),
]

TEST = [
    task(
        name="last-remaining-card",
        doc="""
            Cards 1, 2, ..., n lie in a pile with 1 on top. Repeatedly throw away the top card, then move the
            new top card to the bottom, until one card is left. Return that card (n >= 1).
            >>> last_card(4)
            4
        """,
        reference="""
            from collections import deque


            def last_card(n: int) -> int:
                pile = deque(range(1, n + 1))
                while len(pile) > 1:
                    pile.popleft()
                    pile.append(pile.popleft())
                return pile[0]
        """,
        slow="""
            def last_card(n: int) -> int:
                pile = list(range(1, n + 1))
                while len(pile) > 1:
                    pile.pop(0)
                    pile.append(pile.pop(0))
                return pile[0]
        """,
        tests="""
            assert candidate(4) == 4
            assert candidate(1) == 1
            assert candidate(2) == 2
            assert candidate(3) == 2
            assert candidate(7) == 6
        """,
        workload="""
            def workload(candidate):
                candidate(10000)
        """,
    ),
    task(
        name="interleave-halves",
        doc="""
            The list has an even length. Return its first half and its second half interleaved: a1, b1, a2, b2, ...
            >>> interleave_halves([1, 2, 3, 4, 5, 6])
            [1, 4, 2, 5, 3, 6]
        """,
        reference="""
            from typing import List


            def interleave_halves(nums: List[int]) -> List[int]:
                half = len(nums) // 2
                result = [0] * len(nums)
                result[0::2] = nums[:half]
                result[1::2] = nums[half:]
                return result
        """,
        slow="""
            from typing import List


            def interleave_halves(nums: List[int]) -> List[int]:
                first, second = list(nums[: len(nums) // 2]), list(nums[len(nums) // 2 :])
                result = []
                while first:
                    result.append(first.pop(0))
                    result.append(second.pop(0))
                return result
        """,
        tests="""
            assert candidate([1, 2, 3, 4, 5, 6]) == [1, 4, 2, 5, 3, 6]
            assert candidate([]) == []
            assert candidate([7, 8]) == [7, 8]
            assert candidate([1, 1, 2, 2]) == [1, 2, 1, 2]
        """,
        workload="""
            NUMS = list(range(30000))


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
    task(
        name="rotate-to-largest",
        doc="""
            Move the first element of nums to the back, again and again, until the largest element is first (its first
            occurrence if there are several). Return the list you get.
            >>> rotate_to_largest([3, 1, 7, 2])
            [7, 2, 3, 1]
        """,
        reference="""
            def rotate_to_largest(nums: List[int]) -> List[int]:
                if not nums:
                    return []
                i = nums.index(max(nums))
                return nums[i:] + nums[:i]
        """,
        slow="""
            def rotate_to_largest(nums: List[int]) -> List[int]:
                nums = list(nums)
                if nums:
                    largest = max(nums)
                    while nums[0] != largest:
                        nums.append(nums.pop(0))
                return nums
        """,
        tests="""
            assert candidate([3, 1, 7, 2]) == [7, 2, 3, 1]
            assert candidate([]) == []
            assert candidate([4]) == [4]
            assert candidate([5, 1]) == [5, 1]
            assert candidate([1, 5]) == [5, 1]
            assert candidate([2, 9, 9, 1]) == [9, 9, 1, 2]
        """,
        workload="""
            NUMS = list(range(12000))


            def workload(candidate):
                candidate(list(NUMS))
        """,
    ),
]

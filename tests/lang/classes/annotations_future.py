# from __future__ import annotations keeps annotations as source strings.
from __future__ import annotations

size: int = 3
shape: tuple[int, ...]
later: Undefined.thing | None


class Node:
    next: Node | None
    items: dict[str, list[Node]]
    fn: Callable[[int], str]


def link(a: Node, b: 'Node' = None, *rest: Node, **kw: int) -> list[Node]:
    return []


print(__annotations__)
print(Node.__annotations__)
print(link.__annotations__)

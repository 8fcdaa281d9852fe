# X | Y on types builds types.UnionType for isinstance/issubclass
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
int | str, isinstance(True, bool | str), issubclass(int, int | None), (int | str).__args__
isinstance(1, int | list[int])
''')

# slice.indices() clamps to a length, for every sign of step
import sys
sys.path.insert(0, sys.path[0].rsplit('/', 1)[0])
from _cases import run

run(r'''
slice(None).indices(5), slice(1, 3).indices(5), slice(-2, None).indices(5), slice(None, None, -1).indices(5)
slice(10, -10, -2).indices(5), slice(-100, 100).indices(5), slice(2, 1).indices(0), slice(0, 5, 3).indices(2)
slice(10**30, None).indices(5), slice(None, -10**30, -1).indices(5), slice(0, 5).indices(10**20)
slice(1, 2, 3), slice(1), slice(None, 5).stop, slice('a', 'b').start
slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1, 2, None) == slice(1, 2)
''')

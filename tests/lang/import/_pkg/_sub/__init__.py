# Relative imports inside a package.
from .. import X
from . import _leaf
from .._mod import f
from ._leaf import leaf as leaf_fn

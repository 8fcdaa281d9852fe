# __future__ (bundled): the feature records and their compiler flags.
import __future__

print(__future__.all_feature_names)
print(__future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.division)
print(hex(__future__.CO_FUTURE_ANNOTATIONS), __future__.generator_stop.compiler_flag)
from __future__ import annotations
def f(x: undefined_name) -> int: return x
print(f.__annotations__)

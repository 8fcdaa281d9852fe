# sys.version_info, platform, maxsize
import sys
print(sys.version_info[:2])
print(sys.version_info[0] == 3, sys.version_info >= (3, 11), len(sys.version_info) >= 3)
print(sys.platform in {"linux", "darwin", "win32", "wasi", "emscripten"})
print(sys.maxsize > 2 ** 30, sys.maxsize == 2 ** 63 - 1 or sys.maxsize == 2 ** 31 - 1)
print(type(sys.maxsize).__name__, sys.maxsize + 1 > sys.maxsize)
print(type(sys.platform).__name__)

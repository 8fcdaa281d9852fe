# A source loader reading a missing file raises FileNotFoundError with the
# errno module's ENOENT, as CPython's io-based loader does.
import errno
import importlib.machinery

path = "/nonexistent_krait_dir/mod.py"
loader = importlib.machinery.SourceFileLoader("mod", path)
for call in (lambda: loader.get_data(path), lambda: loader.get_code("mod"), lambda: loader.get_source("mod")):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno == errno.ENOENT, e.filename == path, str(e))
    except ImportError as e:
        print("ImportError", e)

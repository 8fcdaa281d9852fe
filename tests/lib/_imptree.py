# Helpers for the import-system tests: a scratch tree of source files under a
# fresh temporary directory, put on sys.path, and its removal.
import os
import shutil
import sys
import tempfile


def make(files, on_path=True):
    root = tempfile.mkdtemp(prefix='krait_imports_')
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    if on_path:
        sys.path.insert(0, root)
    return root


def write(root, rel, text, bump=2):
    # Rewrites a file and moves its mtime forward so a cached .pyc is stale.
    path = os.path.join(root, rel)
    old = os.stat(path).st_mtime if os.path.exists(path) else None
    with open(path, 'w') as f:
        f.write(text)
    if old is not None:
        os.utime(path, (old + bump, old + bump))


def tag(path):
    # Cache file names hold the implementation's tag: print them without it.
    return path.replace(sys.implementation.cache_tag, 'TAG')


def cleanup(root):
    if root in sys.path:
        sys.path.remove(root)
    shutil.rmtree(root, ignore_errors=True)

# Helpers for the os tests: a fresh scratch directory under /tmp and its removal,
# using only os and os.path (so they work before shutil does).
import os


def _remove_tree(path):
    for name in os.listdir(path):
        sub = os.path.join(path, name)
        if os.path.isdir(sub) and not os.path.islink(sub):
            _remove_tree(sub)
        else:
            os.unlink(sub)
    os.rmdir(path)


def fresh(name):
    path = '/tmp/krait_posix_' + name
    if os.path.lexists(path):
        _remove_tree(path)
    os.mkdir(path)
    return path


def cleanup(path):
    if os.path.lexists(path):
        _remove_tree(path)


def write(path, data):
    with open(path, 'w') as f:
        f.write(data)

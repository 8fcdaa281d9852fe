# importlib.util.cache_from_source / source_from_cache follow
# sys.implementation.cache_tag; MAGIC_NUMBER is what the .pyc writer uses.
import importlib.util
import sys

tag = sys.implementation.cache_tag
print(type(tag).__name__, tag == sys.implementation.name + '-311')
cache = importlib.util.cache_from_source('/a/b/mod.py')
print(cache.replace(tag, 'TAG'))
print(importlib.util.cache_from_source('/a/b/mod.py', optimization=1).replace(tag, 'TAG'))
print(importlib.util.cache_from_source('/a/b/mod.py', optimization='').replace(tag, 'TAG'))
print(importlib.util.cache_from_source('rel/pkg/__init__.py').replace(tag, 'TAG'))
print(importlib.util.cache_from_source('noext').replace(tag, 'TAG'))
print(importlib.util.source_from_cache(cache))
print(importlib.util.source_from_cache('/x/__pycache__/m.%s.opt-2.pyc' % tag))
magic = importlib.util.MAGIC_NUMBER
print(type(magic).__name__, len(magic), magic[2:])
import importlib._bootstrap_external as be
print(be._RAW_MAGIC_NUMBER == int.from_bytes(magic, 'little'))
print(be.MAGIC_NUMBER is magic or be.MAGIC_NUMBER == magic)

# __init_subclass__ with class keywords; object.__init_subclass__ rejects extras
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Csv(Plugin, name='csv'): pass
class Json(Plugin): pass
print(Plugin.registry, Csv.plugin_name)
try:
    class Bad(Plugin, name='b', extra=1): pass
except TypeError as e:
    print(e)
try:
    class Bad2(extra=1): pass
except TypeError as e:
    print(e)
print(object.__init_subclass__(), type(object.__dict__['__init_subclass__']).__name__)
class Deep(Csv, name='deep'): pass
print(Plugin.registry)
object.__init_subclass__(x=1)

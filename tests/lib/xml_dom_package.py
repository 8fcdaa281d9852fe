# xml.dom (bundled): a package inside a package, whose __init__ imports its
# submodule domreg relatively; __path__, __package__, __spec__ and submodules.
import xml.dom
from xml.dom import NodeFilter, domreg
import xml.dom.domreg as d2

print(xml.__name__, xml.__package__, [p.endswith("/xml") for p in xml.__path__])
print(xml.dom.__package__, [p.endswith("/xml/dom") for p in xml.dom.__path__], xml.dom.__file__.endswith("xml/dom/__init__.py"))
print(xml.dom.__spec__.name, xml.dom.__spec__.parent, xml.dom.__spec__.submodule_search_locations == xml.dom.__path__)
print(domreg.__name__, domreg.__package__, d2 is domreg, xml.dom.domreg is domreg)
print(xml.dom.Node.ELEMENT_NODE, xml.dom.Node.TEXT_NODE, xml.dom.XML_NAMESPACE, xml.dom.EMPTY_PREFIX)
print(NodeFilter.NodeFilter.SHOW_ELEMENT, NodeFilter.NodeFilter.FILTER_SKIP)
try:
    raise xml.dom.NotFoundErr("missing")
except xml.dom.DOMException as e:
    print(type(e).__name__, e, e.code == xml.dom.NOT_FOUND_ERR)
try:
    xml.dom.DOMException()
except RuntimeError as e:
    print("RuntimeError", e)
class Impl:
    def hasFeature(self, feature, version):
        return feature == "core"
domreg.registerDOMImplementation("mine", Impl)
impl = domreg.registered["mine"]()
print(type(impl).__name__, impl.hasFeature("core", None), domreg._good_enough(impl, [("core", None)]))
try:
    from xml.dom import no_such_thing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
try:
    import xml.nosuchsub
except ModuleNotFoundError as e:
    print(e)

import unittest
import no_such_module_for_unittest


class T(unittest.TestCase):
    def test_x(self):
        pass

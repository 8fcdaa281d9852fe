import unittest
t = unittest.TestCase()
for f in [lambda: t.assertEqual(1, 2), lambda: t.assertEqual("a\nb", "a\nc"), lambda: t.assertIsNone(0),
          lambda: t.assertIn(3, [1, 2]), lambda: t.assertIsInstance(1, str), lambda: t.assertTrue(0, "custom"),
          lambda: t.assertGreater(1, 2), lambda: t.assertCountEqual([1, 1], [1])]:
    try:
        f()
    except AssertionError as e:
        print(str(e))
        print("--")

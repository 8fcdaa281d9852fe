# eval() and exec() check globals and locals in CPython's order, with its messages.
for fn in (eval, exec):
  for g in ([], 1, None, {}):
    for l in (None, [], 1, {}):
      try: fn("1", g, l); print("ok")
      except Exception as e: print(type(e).__name__, e)

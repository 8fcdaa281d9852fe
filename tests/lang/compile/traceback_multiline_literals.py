# Errors while building multi-line list/dict literals.
def build(z):
    return [
        1,
        2,
        10 // z,
        {
            "k": 5 // z,
            "j": z.missing,
        },
    ]
for z in (0, ):
    try:
        build(z)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e.__traceback__.tb_next.tb_lineno)
def build2(z):
    return {
        "a": 1,
        "b": z.missing,
    }
try:
    build2(3)
except AttributeError as e:
    print("AttributeError", e.__traceback__.tb_next.tb_lineno)

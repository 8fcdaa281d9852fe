# Imported relatively by mainpkg/__main__.py; also run directly as `krait -m mainpkg.helper`.
def twice(n):
    return 2 * n


if __name__ == "__main__":
    import sys
    print("helper as main", __package__, sys.argv[0].endswith("mainpkg/helper.py"))

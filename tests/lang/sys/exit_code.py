# sys.exit(3) exits with status 3
import sys
def main():
    print("working")
    return 3
sys.exit(main())

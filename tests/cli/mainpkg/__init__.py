# A package `krait -m mainpkg` runs (cli_dash_m_package): its __main__ submodule.
GREETING = "hello"

# TypeError: f() got an unexpected keyword argument.
def connect(host, port=80):
    return f"{host}:{port}"

def main():
    print(connect("example.org"))
    print(connect("example.org", prt=8080))

main()

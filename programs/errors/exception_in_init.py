# Exception raised from __init__ while constructing an object.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"negative kelvin: {kelvin}")
        self.kelvin = kelvin

def make_all(values):
    return [Temperature(v) for v in values]

print(len(make_all([0, 300])))
make_all([10, -5])

# json's error class is json.decoder.JSONDecodeError (the name an uncaught one is shown by).
import json
try:
    json.loads("{")
except Exception as e:
    print(type(e).__module__, type(e).__qualname__, e)

from app._crc import crc32c

for word in (b"", b"123456789", b"dockwright"):
    print(f"crc32c({word.decode()!r}) = {crc32c(word):08x}")

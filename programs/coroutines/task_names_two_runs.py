# asyncio.run() runs two clean-up tasks after the main one (closing async
# generators and the default executor), so a second run starts at Task-4.
import asyncio
async def main():
    print(asyncio.current_task().get_name())
asyncio.run(main())
asyncio.run(main())

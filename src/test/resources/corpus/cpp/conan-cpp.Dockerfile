FROM conanio/gcc11
WORKDIR /home/conan/project
COPY . .
RUN conan install . --build=missing && cmake --preset conan-release && cmake --build --preset conan-release
CMD ["./build/Release/geo"]

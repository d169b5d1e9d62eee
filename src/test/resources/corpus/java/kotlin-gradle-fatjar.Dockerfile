FROM gradle:8-jdk17
COPY . /home/gradle/src
WORKDIR /home/gradle/src
RUN gradle shadowJar --no-daemon
CMD ["java", "-jar", "build/libs/bot-all.jar"]

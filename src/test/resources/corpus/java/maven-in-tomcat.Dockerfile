FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B package

FROM tomcat:10.1-jdk17
COPY --from=build /src/target/*.war /usr/local/tomcat/webapps/ROOT.war

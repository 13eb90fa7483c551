# Two stages: the SDK builds and publishes, the ASP.NET runtime image runs it as a non-root user.
# CI runs the same `dotnet publish` (see .ci/run), so a broken publish fails there too.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore layer first: it is rebuilt only when a project or package version changes.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MobilizationTracker.Extraction/*.csproj src/MobilizationTracker.Extraction/
COPY src/MobilizationTracker.Web/*.csproj src/MobilizationTracker.Web/
RUN dotnet restore src/MobilizationTracker.Web/MobilizationTracker.Web.csproj
COPY src/ src/
# The web project links seeds/*.txt and seeds/manifest.json into its output (used to seed an empty database).
COPY seeds/ seeds/
RUN dotnet publish src/MobilizationTracker.Web/MobilizationTracker.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The database lives on a volume owned by the app user ($APP_UID comes with the base image).
RUN mkdir /data && chown "$APP_UID" /data
ENV ConnectionStrings__Tracker="Data Source=/data/tracker.db" \
    ASPNETCORE_HTTP_PORTS=8080
VOLUME /data
EXPOSE 8080
USER $APP_UID
# The runtime image has no curl or wget: the app's own `healthcheck` verb GETs /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["dotnet", "MobilizationTracker.Web.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "MobilizationTracker.Web.dll"]

# Debian package of Loopline: `cmake --build build --target package` (or `cpack`
# in the build folder) writes loopline_<version>_<arch>.deb.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/loopline.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/loopline.svg
        DESTINATION share/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/org.loopline.Loopline.metainfo.xml DESTINATION share/metainfo)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "loopline")
set(CPACK_PACKAGE_VENDOR "Loopline")
set(CPACK_PACKAGE_CONTACT "Loopline developers <dev@loopline.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "office")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)
include(CPack)

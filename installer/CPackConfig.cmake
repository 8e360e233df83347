# Debian package of Loopline: `cmake --build build --target package` (or `cpack`
# in the build folder) writes loopline_<version>_<arch>.deb.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/loopline.desktop DESTINATION share/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/loopline.svg
        DESTINATION share/icons/hicolor/scalable/apps)
# The PNG sizes of the icon theme, rendered from the SVG at build time by a small Qt tool.
qt_add_executable(loopline-iconrender ${CMAKE_CURRENT_LIST_DIR}/iconrender.cpp)
target_link_libraries(loopline-iconrender PRIVATE Qt6::Gui)
set(LOOPLINE_ICON_SIZES 16 24 32 48 64 128 256)
set(loopline_icon_pngs)
foreach(size IN LISTS LOOPLINE_ICON_SIZES)
    list(APPEND loopline_icon_pngs ${CMAKE_BINARY_DIR}/icons/${size}x${size}/apps/loopline.png)
endforeach()
add_custom_command(OUTPUT ${loopline_icon_pngs}
    COMMAND loopline-iconrender ${PROJECT_SOURCE_DIR}/resources/icons/loopline.svg
            ${CMAKE_BINARY_DIR}/icons ${LOOPLINE_ICON_SIZES}
    DEPENDS loopline-iconrender ${PROJECT_SOURCE_DIR}/resources/icons/loopline.svg
    VERBATIM)
add_custom_target(loopline_icons ALL DEPENDS ${loopline_icon_pngs})
install(DIRECTORY ${CMAKE_BINARY_DIR}/icons/ DESTINATION share/icons/hicolor)
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
# The SQLite driver and the SVG icons are plugins, which shlibdeps cannot see; the server
# driver and Qt's own translations (dialog buttons) are recommended.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)

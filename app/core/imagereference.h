#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace hci {

// A container image reference, `[registry[:port]/]path[:tag][@digest]`, checked by the grammar of
// the Docker distribution project. An invalid one keeps the text and says why, for the editor.
class ImageReference
{
    Q_DECLARE_TR_FUNCTIONS(hci::ImageReference)

public:
    ImageReference() = default;

    static ImageReference parse(QStringView text);

    // What a person typed in an override cell, read against the current image: a bare tag
    // ("1.16.93", or ":1.16.93") keeps the repository, anything with a '/' or '@' is a whole reference.
    static ImageReference fromEditorInput(QStringView typed, const ImageReference &current);

    bool isValid() const { return m_error.isEmpty() && !m_text.isEmpty(); }
    QString errorString() const { return m_error; } // translated, empty when valid

    QString text() const { return m_text; }       // as given
    QString domain() const { return m_domain; }   // e.g. "us-docker.pkg.dev", "localhost:5000"; empty if none
    QString path() const { return m_path; }       // e.g. "harness/ci-addon"
    QString repository() const;                   // domain/path, or path
    QString tag() const { return m_tag; }
    QString digest() const { return m_digest; }

    // The registry that serves the image: "docker.io" when the reference names none.
    QString registryHost() const;
    // The path as that registry knows it: Docker Hub's official images live under "library/".
    QString registryPath() const;

    // The same repository with another tag (and no digest); invalid when the tag is.
    ImageReference withTag(const QString &tag) const;

    // True when both name the same image repository, the implicit docker.io spelled out or not.
    bool sameRepository(const ImageReference &other) const;

    friend bool operator==(const ImageReference &a, const ImageReference &b) { return a.m_text == b.m_text; }
    friend bool operator!=(const ImageReference &a, const ImageReference &b) { return !(a == b); }

private:
    QString m_text;
    QString m_domain;
    QString m_path;
    QString m_tag;
    QString m_digest;
    QString m_error;
};

} // namespace hci
